// Screen models reshaped for drawing: positions on the mood meter grid, chart points with dates,
// and the small state a list or form keeps. Nothing here decides anything about the person; it
// only lays out what the core returned.
package app.groundwork.presentation

import app.groundwork.core.BreathingPhaseLabels
import app.groundwork.core.CheckInForm
import app.groundwork.core.CheckInInput
import app.groundwork.core.ContentStatus
import app.groundwork.core.DiscreetTexts
import app.groundwork.core.EmotionChoice
import app.groundwork.core.EmotionOption
import app.groundwork.core.HelpButton
import app.groundwork.core.InsightsScreen
import app.groundwork.core.JournalEntry
import app.groundwork.core.JournalFilter
import app.groundwork.core.JournalListItem
import app.groundwork.core.JournalSearchHit
import app.groundwork.core.LockStatus
import app.groundwork.core.Metric
import app.groundwork.core.PromptLibrary
import app.groundwork.core.Quadrant
import app.groundwork.core.RegionOption
import app.groundwork.core.ReminderSettings
import app.groundwork.core.TrendSeries
import java.time.LocalDate
import java.time.format.DateTimeParseException

// ----- Check-in -----

/**
 * The mood meter as a grid: energy from high (top row) to low, pleasantness from unpleasant
 * (left) to pleasant, each cell holding the words the pack places at that point.
 */
data class MoodMeterGrid(val rows: List<Row>) {
    data class Cell(val pleasantness: Int, val energy: Int, val words: List<EmotionOption>)

    data class Row(val energy: Int, val cells: List<Cell>)

    /** Every word on the grid, top row first, left to right. */
    val allWords: List<EmotionOption> get() = rows.flatMap { row -> row.cells.flatMap { it.words } }

    companion object {
        /** The meter's range on both axes. */
        val RANGE = -5..5

        fun of(emotions: List<EmotionOption>) = MoodMeterGrid(
            RANGE.reversed().map { energy ->
                Row(
                    energy,
                    RANGE.map { pleasantness ->
                        Cell(pleasantness, energy, emotions.filter { it.pleasantness == pleasantness && it.energy == energy })
                    },
                )
            },
        )
    }
}

/** The pack's words grouped by the quadrant the core gave each, in the pack's order. */
data class WordGroup(val quadrant: Quadrant, val words: List<EmotionOption>) {
    companion object {
        fun groups(emotions: List<EmotionOption>): List<WordGroup> =
            emotions.groupBy { it.quadrant }.map { (quadrant, words) -> WordGroup(quadrant, words) }
    }
}

/** The check-in screen: the core's form laid out on the grid. */
data class CheckInViewState(val form: CheckInForm) {
    val grid: MoodMeterGrid = MoodMeterGrid.of(form.emotions)
    val wordGroups: List<WordGroup> = WordGroup.groups(form.emotions)
}

/** What he has entered so far on the check-in screen, turned into the core's input on submit. */
data class CheckInDraft(
    val pleasantness: Int = 0,
    val energy: Int = 0,
    val emotions: List<String> = emptyList(),
    /** His own words, as typed (comma separated). */
    val ownWordsText: String = "",
    val anger: Int? = null,
    val stress: Int? = null,
    val hoursSlept: Double? = null,
    val tags: List<String> = emptyList(),
    val note: String = "",
) {
    /** Picks or unpicks a word; the form's `maxEmotions` caps how many can be picked. */
    fun toggle(emotionId: String, max: Int): CheckInDraft = when {
        emotionId in emotions -> copy(emotions = emotions - emotionId)
        emotions.size < max -> copy(emotions = emotions + emotionId)
        else -> this
    }

    fun toggleTag(tag: String): CheckInDraft = copy(tags = if (tag in tags) tags - tag else tags + tag)

    val input: CheckInInput
        get() = CheckInInput(
            pleasantness = pleasantness,
            energy = energy,
            emotions = emotions,
            ownWords = ownWordsText.split(",").map { it.trim() }.filter { it.isNotEmpty() },
            anger = anger,
            stress = stress,
            hoursSlept = hoursSlept,
            tags = tags,
            note = note.ifEmpty { null },
        )
}

// ----- Journal -----

data class JournalListState(
    val filter: JournalFilter,
    val items: List<JournalListItem>,
    val nextCursor: String?,
    /** The core's help now button, from the page. */
    val help: HelpButton,
) {
    val hasMore: Boolean get() = nextCursor != null
}

data class JournalEditorState(
    /** The entry being edited; null for a new one. */
    val entry: JournalEntry?,
    val prompts: PromptLibrary,
)

data class JournalSearchState(
    val query: String,
    val hits: List<JournalSearchHit>,
    /** The core's help now button for a screen with no model of its own. */
    val help: HelpButton,
)

// ----- Insights -----

/** A point of a trend, with the day as a date for the chart's axis. */
data class ChartPoint(val day: String, val date: LocalDate, val value: Double?, val smoothed: Double?)

data class ChartSeries(
    val metric: Metric,
    val label: String,
    val scale: ClosedFloatingPointRange<Double>,
    val hasData: Boolean,
    val points: List<ChartPoint>,
) {
    companion object {
        fun of(series: TrendSeries) = ChartSeries(
            metric = series.metric,
            label = series.label,
            scale = series.scaleMin..maxOf(series.scaleMin, series.scaleMax),
            hasData = series.hasData,
            points = series.points.mapNotNull { point ->
                DayParser.date(point.day)?.let { ChartPoint(point.day, it, point.value, point.smoothed) }
            },
        )
    }
}

data class InsightsViewState(val screen: InsightsScreen) {
    val charts: List<ChartSeries> = screen.trends.map(ChartSeries::of)
}

/** "2026-11-22" as a date. */
object DayParser {
    fun date(day: String): LocalDate? = try {
        LocalDate.parse(day)
    } catch (_: DateTimeParseException) {
        null
    }
}

// ----- Settings -----

data class SettingsState(
    val lock: LockStatus,
    val reminders: ReminderSettings,
    val texts: DiscreetTexts,
    val biometricKey: Boolean,
    val region: String?,
    val regions: List<RegionOption>,
    /** Which content is in use, and the way back to the built-in content. */
    val content: ContentStatus,
    val coreVersion: String,
    /** The core's help now button for a screen with no model of its own. */
    val help: HelpButton,
    /** Whether home asks how he is after he wrote something heavy. */
    val crisisFollowUp: Boolean,
)

// ----- Lesson exercises -----

/** Paced breathing as a timeline: each breath's parts in order, parts of zero seconds left out. */
data class BreathingPlan(val phases: List<Phase>) {
    /** One part of a breath; `expanded` while the lungs are full (the circle drawn large). */
    data class Phase(val label: String, val seconds: UInt, val expanded: Boolean, val cycle: UInt)

    /** Breaths finished once the part at `index` is over. */
    fun cyclesDone(afterPhase: Int): UInt {
        val phase = phases.getOrNull(afterPhase) ?: return 0u
        val lastOfCycle = afterPhase == phases.lastIndex || phases[afterPhase + 1].cycle != phase.cycle
        return if (lastOfCycle) phase.cycle else phase.cycle - 1u
    }

    companion object {
        /** `labels` are the core's names for the parts of a breath. */
        fun of(inhale: UInt, hold: UInt, exhale: UInt, holdAfter: UInt, cycles: UInt, labels: BreathingPhaseLabels): BreathingPlan {
            val parts = listOf(
                Triple(labels.breatheIn, inhale, true),
                Triple(labels.hold, hold, true),
                Triple(labels.breatheOut, exhale, false),
                Triple(labels.hold, holdAfter, false),
            ).filter { it.second > 0u }
            return BreathingPlan(
                (1u..cycles).flatMap { cycle -> parts.map { (label, seconds, expanded) -> Phase(label, seconds, expanded, cycle) } },
            )
        }
    }
}

/** The emotion picker's words as rows of the mood meter: most energy first, unpleasant to pleasant. */
data class EmotionPickerLayout(val rows: List<Row>) {
    data class Row(val energy: Int, val words: List<EmotionChoice>)

    companion object {
        fun of(words: List<EmotionChoice>) = EmotionPickerLayout(
            words.map { it.energy }.distinct().sortedDescending().map { energy ->
                Row(energy, words.filter { it.energy == energy }.sortedBy { it.pleasantness })
            },
        )
    }
}

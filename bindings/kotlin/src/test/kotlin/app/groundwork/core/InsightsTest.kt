package app.groundwork.core

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path
import java.time.LocalDate

class InsightsTest {
    @Test
    fun `insights for a month after some check-ins have 30 points a line, with gaps on days without check-ins`(@TempDir dir: Path) {
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            val tense = groundwork.recordCheckIn(
                CheckInInput(pleasantness = -2, energy = 3, emotions = listOf("tense"), anger = 6, stress = 7, tags = listOf("work")),
            )
            groundwork.recordCheckIn(CheckInInput(pleasantness = 4, energy = -1, emotions = listOf("calm")))
            groundwork.recordAngerMoment(AngerMomentInput(whatHappened = "Cut off in traffic", intensity = 8))
            val day = tense.localDay

            val insights = groundwork.insights(InsightRange.MONTH)
            assertEquals(InsightRange.MONTH, insights.range)
            assertEquals("Last 30 days", insights.rangeLabel)
            assertEquals(day, insights.toDay)
            assertEquals(insights.toDay.minusDays(29), insights.fromDay)
            assertEquals(2, insights.checkInCount)
            assertEquals(1, insights.daysCheckedIn)
            assertEquals("You checked in on 1 day this month.", insights.consistency)

            assertEquals(listOf(Metric.PLEASANTNESS, Metric.ENERGY, Metric.ANGER, Metric.STRESS), insights.trends.map { it.metric })
            // The day's averages; anger counts check-ins and logged anger moments alike.
            val expected = mapOf(Metric.PLEASANTNESS to 1.0, Metric.ENERGY to 1.0, Metric.ANGER to 7.0, Metric.STRESS to 7.0)
            for (series in insights.trends) {
                val what = series.label
                assertEquals(30, series.points.size, "$what: one point a day")
                assertEquals(
                    (0L until 30L).map { insights.fromDay.plusDays(it) },
                    series.points.map { it.day },
                    "$what: consecutive days, oldest first",
                )
                assertTrue(series.hasData, what)
                for (point in series.points) {
                    if (point.day == day) {
                        assertEquals(expected[series.metric], point.value, "$what on $day")
                        assertEquals(expected[series.metric], point.smoothed, "$what smoothed on $day")
                    } else {
                        assertNull(point.value, "$what on ${point.day}: a day without check-ins is a gap, not a zero")
                    }
                }
                assertEquals(29, series.points.count { it.value == null }, what)
                // The smoothed line leaves the same gaps: it is drawn only on days with data.
                assertEquals(1, series.points.count { it.smoothed != null }, what)
            }

            val shares = insights.quadrants.associateBy { it.quadrant }
            assertEquals(Quadrant.entries.toSet(), shares.keys)
            assertEquals(1, shares.getValue(Quadrant.UNPLEASANT_HIGH_ENERGY).count)
            assertEquals(50.0, shares.getValue(Quadrant.PLEASANT_LOW_ENERGY).percent)
            assertEquals(0, shares.getValue(Quadrant.MIDDLE).count)
            assertEquals(setOf(WordCount("tense", 1), WordCount("calm", 1)), insights.topEmotions.toSet())
            assertEquals(listOf("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), insights.angerByWeekday.map { it.label })
            assertEquals(2, insights.angerByWeekday.sumOf { it.readings })
            assertEquals(4, insights.angerByTimeOfDay.size)
            assertEquals("You checked in on 1 of the last 7 days.", insights.weeklySummary.first())
            assertTrue("You logged 1 anger moment. Noticing it is the skill." in insights.weeklySummary, "${insights.weeklySummary}")
            // One day of "work" is not enough to say anything.
            val work = insights.patterns.single { it.subject == PatternSubject.Tag("work") }
            assertFalse(work.enoughData)
            assertNull(work.difference)
            assertTrue(work.sentence.isNotBlank())
        }
    }

    @Test
    fun `insights with no check-ins are all gaps`(@TempDir dir: Path) {
        openAt(dir, generateDatabaseKey()).use { groundwork ->
            val week = groundwork.insights(InsightRange.WEEK)
            assertEquals(0, week.checkInCount)
            assertEquals(0, week.daysCheckedIn)
            for (series in week.trends) {
                assertEquals(7, series.points.size)
                assertFalse(series.hasData)
                assertTrue(series.points.all { it.value == null && it.smoothed == null })
            }
            assertTrue(week.quadrants.all { it.count == 0 && it.percent == 0.0 })
            assertEquals(emptyList<WordCount>(), week.topEmotions)
            assertEquals(90, groundwork.insights(InsightRange.QUARTER).trends.first().points.size)
        }
    }
}

// The exercise layouts: pure reshaping of what a lesson step holds.
package app.groundwork.presentation

import app.groundwork.core.BreathingPhaseLabels
import app.groundwork.core.EmotionChoice
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

class ExerciseLayoutTest {
    @Test
    fun `a breathing plan leaves out empty parts and counts finished breaths`() {
        val labels = BreathingPhaseLabels(breatheIn = "In", hold = "Rest", breatheOut = "Out")
        val plan = BreathingPlan.of(inhale = 4u, hold = 0u, exhale = 6u, holdAfter = 2u, cycles = 2u, labels = labels)
        assertEquals(listOf("In", "Out", "Rest", "In", "Out", "Rest"), plan.phases.map { it.label })
        assertEquals(listOf(4u, 6u, 2u, 4u, 6u, 2u), plan.phases.map { it.seconds })
        assertEquals(listOf(0u, 0u, 1u, 1u, 1u, 2u), (0..5).map { plan.cyclesDone(it) })
        assertTrue(BreathingPlan.of(4u, 4u, 4u, 4u, 0u, labels).phases.isEmpty())
    }

    @Test
    fun `emotion picker rows run from most energy, unpleasant first`() {
        fun word(id: String, p: Int, e: Int) = EmotionChoice(id, id, p, e, "")
        val layout = EmotionPickerLayout.of(listOf(word("calm", 3, -3), word("tense", -2, 3), word("alert", 2, 3)))
        assertEquals(listOf(3, -3), layout.rows.map { it.energy })
        assertEquals(listOf("tense", "alert"), layout.rows[0].words.map { it.id })
    }
}

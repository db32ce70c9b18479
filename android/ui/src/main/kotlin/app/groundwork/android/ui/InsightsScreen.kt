@file:OptIn(androidx.compose.material3.ExperimentalMaterial3Api::class, androidx.compose.foundation.layout.ExperimentalLayoutApi::class)

// Insights: the week in plain words, trend charts (drawn on a Canvas: no chart library, no
// network), where he has been on the meter, words, anger by time of day, and patterns.
package app.groundwork.android.ui

import androidx.compose.foundation.Canvas
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.height
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.SegmentedButton
import androidx.compose.material3.SegmentedButtonDefaults
import androidx.compose.material3.SingleChoiceSegmentedButtonRow
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.geometry.Offset
import androidx.compose.ui.graphics.Path
import androidx.compose.ui.graphics.drawscope.Stroke
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import app.groundwork.core.Action
import app.groundwork.core.AppScreen
import app.groundwork.core.TrendChart

@Composable
fun InsightsContent(state: AppScreen.Insights) {
    val send = LocalSend.current
    val shell = LocalText.current
    val screen = state.insights
    LazyColumn(Modifier.padding(horizontal = 16.dp), verticalArrangement = Arrangement.spacedBy(12.dp)) {
        item {
            SingleChoiceSegmentedButtonRow(Modifier.fillMaxWidth()) {
                screen.rangeOptions.forEachIndexed { index, option ->
                    SegmentedButton(
                        selected = option.selected,
                        onClick = { send(Action.ShowInsightsRange(option.range)) },
                        shape = SegmentedButtonDefaults.itemShape(index, screen.rangeOptions.size),
                    ) { Text(option.label) }
                }
            }
        }
        item {
            Text(screen.rangeLabel, style = MaterialTheme.typography.titleMedium)
            Text(screen.consistency)
            for (line in screen.weeklySummary) Text(line)
        }
        items(state.charts.filter { it.hasData }, key = { it.label }) { series -> TrendChartView(series) }
        if (screen.quadrants.isNotEmpty()) {
            item { Heading(shell.meterShareHeading) }
            items(screen.quadrants, key = { it.quadrant.name }) { share ->
                Text("${share.label}: ${share.count}")
                LinearProgressIndicator(progress = { (share.percent / 100).toFloat() }, modifier = Modifier.fillMaxWidth())
            }
        }
        if (screen.topEmotions.isNotEmpty()) {
            item { Heading(shell.topWordsHeading) }
            items(screen.topEmotions, key = { it.word }) { word ->
                Row(Modifier.fillMaxWidth(), horizontalArrangement = Arrangement.SpaceBetween) {
                    Text(word.word)
                    Text("${word.count}")
                }
            }
        }
        val anger = screen.angerByTimeOfDay.filter { it.average != null }
        if (anger.isNotEmpty()) {
            item { Heading(shell.angerByTimeHeading) }
            items(anger, key = { it.label }) { slice ->
                Text("${slice.label}: ${"%.1f".format(slice.average)}")
                LinearProgressIndicator(progress = { ((slice.average ?: 0.0) / 10).toFloat() }, modifier = Modifier.fillMaxWidth())
            }
        }
        items(screen.patterns.filter { it.enoughData }, key = { it.sentence }) { Text(it.sentence) }
    }
}

/** A trend: dots for each day's value, a line through the smoothed values. */
@Composable
private fun TrendChartView(series: TrendChart) {
    Heading(series.label)
    val line = MaterialTheme.colorScheme.primary
    val dots = MaterialTheme.colorScheme.secondary
    val described = series.points.mapNotNull { p -> p.value?.let { "${p.day.year}-${p.day.month}-${p.day.day}: $it" } }.joinToString()
    Canvas(
        Modifier.fillMaxWidth().height(160.dp).semantics { contentDescription = "${series.label}. $described" },
    ) {
        val count = series.points.size
        if (count == 0) return@Canvas
        val span = (series.scaleMax - series.scaleMin).takeIf { it > 0 } ?: 1.0
        fun x(index: Int) = if (count == 1) size.width / 2 else size.width * index / (count - 1)
        fun y(value: Double) = (size.height * (1 - (value - series.scaleMin) / span)).toFloat()
        val path = Path()
        var started = false
        series.points.forEachIndexed { index, point ->
            point.value?.let { drawCircle(dots, radius = 4.dp.toPx(), center = Offset(x(index), y(it))) }
            point.smoothed?.let {
                if (started) path.lineTo(x(index), y(it)) else path.moveTo(x(index), y(it))
                started = true
            }
        }
        drawPath(path, line, style = Stroke(width = 2.dp.toPx()))
    }
}

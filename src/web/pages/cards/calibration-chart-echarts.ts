/** ECharts with only what the calibration chart needs (scatter, grid, tooltip, aria, canvas); loaded lazily. */
import { init, use, type ComposeOption, type ECharts } from 'echarts/core';
import { ScatterChart, type ScatterSeriesOption } from 'echarts/charts';
import {
  AriaComponent, GridComponent, MarkLineComponent, TooltipComponent,
  type AriaComponentOption, type GridComponentOption, type MarkLineComponentOption, type TooltipComponentOption,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([ScatterChart, GridComponent, TooltipComponent, AriaComponent, MarkLineComponent, CanvasRenderer]);

export type CalibrationChartOption = ComposeOption<ScatterSeriesOption | GridComponentOption | TooltipComponentOption | AriaComponentOption | MarkLineComponentOption>;
export { init };
export type { ECharts };

/**
 * ECharts with only what the stacked bar chart needs (core, bar series, grid, tooltip, legend, aria
 * with decal patterns so statuses differ by pattern as well as colour, canvas renderer). Imported
 * lazily by the chart, so ECharts never weighs on the first route.
 */
import { init, use, type ComposeOption, type ECharts } from 'echarts/core';
import { BarChart, type BarSeriesOption } from 'echarts/charts';
import {
  AriaComponent, GridComponent, LegendComponent, TooltipComponent,
  type AriaComponentOption, type GridComponentOption, type LegendComponentOption, type TooltipComponentOption,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([BarChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, CanvasRenderer]);

export type AreaChartOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption | AriaComponentOption>;
export { init };
export type { ECharts };

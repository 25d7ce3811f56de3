/**
 * ECharts with only what the sunburst needs (core, sunburst series, tooltip, canvas renderer). This
 * module is imported lazily by the chart view, so ECharts never weighs on the first route.
 */
import { init, use, type ComposeOption, type ECharts } from 'echarts/core';
import { SunburstChart, type SunburstSeriesOption } from 'echarts/charts';
import { TooltipComponent, type TooltipComponentOption } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

use([SunburstChart, TooltipComponent, CanvasRenderer]);

export type SunburstOption = ComposeOption<SunburstSeriesOption | TooltipComponentOption>;
export { init };
export type { ECharts };

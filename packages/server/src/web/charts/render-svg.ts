import * as echarts from 'echarts';

/**
 * Renders an echarts option to an SVG string on the server (echarts' SSR mode: no DOM, no
 * script in the page). Animation is off; the SVG's text is escaped by echarts' SSR renderer.
 * @example renderSvg({ xAxis: {...}, yAxis: {...}, series: [...] }, 720, 360)
 */
export function renderSvg(option: echarts.EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

import { createRequire } from 'node:module';
import type * as Echarts from 'echarts';

let lib: typeof Echarts | undefined;

/**
 * echarts, loaded on the first chart: it is a third of a bundled instance's code, and an instance
 * that never draws a chart (most requests are the API's) should not parse it at start-up. Found
 * from this package's folder, where it is a dependency (also from a deployment's bundle).
 */
function echarts(): typeof Echarts {
  if (!lib) {
    const server = createRequire(import.meta.url).resolve('@tessera/server/package.json');
    lib = createRequire(server)('echarts') as typeof Echarts;
  }
  return lib;
}

/**
 * Renders an echarts option to an SVG string on the server (echarts' SSR mode: no DOM, no
 * script in the page). Animation is off; the SVG's text is escaped by echarts' SSR renderer.
 * @example renderSvg({ xAxis: {...}, yAxis: {...}, series: [...] }, 720, 360)
 */
export function renderSvg(option: Echarts.EChartsOption, width: number, height: number): string {
  const chart = echarts().init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

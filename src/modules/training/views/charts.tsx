import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import type { Child } from "hono/jsx";
import { ScrollTable } from "./components";

/**
 * Server-rendered SVG charts (SPEC §3.11: readable without JavaScript, the numbers in a table beside each
 * chart). A small reusable helper; the lead may move it to src/platform/views later.
 */
// Only what is drawn (bar and line charts on a grid, with a legend, rendered to SVG): the full "echarts"
// entry loads every chart type, map and renderer at start-up.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, SVGRenderer]);

const PALETTE = ["#0b4f8a", "#b35900", "#2e7d32", "#6a1b9a", "#a4161a"];
const AXIS_TEXT = { color: "#212529", fontSize: 12 };

function render(option: echarts.EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  chart.setOption({
    animation: false,
    color: PALETTE,
    textStyle: { fontFamily: "system-ui, sans-serif" },
    ...option,
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

export type BarChartSpec = {
  categories: string[];
  series: { name: string; values: number[] }[];
  /** Horizontal bars suit long category names (unit names). */
  horizontal?: boolean;
  max?: number;
  unit?: string;
  width?: number;
  height?: number;
};

export function barChartSvg(spec: BarChartSpec): string {
  const horizontal = spec.horizontal ?? false;
  const width = spec.width ?? 640;
  const height = spec.height ?? (horizontal ? Math.max(200, 34 * spec.categories.length + 60) : 300);
  const category = {
    type: "category",
    data: spec.categories,
    axisLabel: { ...AXIS_TEXT, width: 200, overflow: "truncate" },
  };
  const value = {
    type: "value",
    max: spec.max,
    axisLabel: { ...AXIS_TEXT, formatter: spec.unit ? `{value}${spec.unit}` : "{value}" },
  };
  return render(
    {
      grid: { left: horizontal ? 210 : 50, right: 40, top: spec.series.length > 1 ? 40 : 20, bottom: 40 },
      legend: spec.series.length > 1 ? { top: 0, textStyle: AXIS_TEXT } : undefined,
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? { ...category, inverse: true } : value,
      series: spec.series.map((s) => ({
        name: s.name,
        type: "bar",
        data: s.values,
        label: {
          show: true,
          position: horizontal ? "right" : "top",
          color: "#212529",
          formatter: spec.unit ? `{c}${spec.unit}` : "{c}",
        },
      })),
    },
    width,
    height,
  );
}

export function lineChartSvg(spec: {
  categories: string[];
  series: { name: string; values: number[] }[];
  width?: number;
  height?: number;
}): string {
  return render(
    {
      grid: { left: 50, right: 30, top: 30, bottom: 40 },
      xAxis: { type: "category", data: spec.categories, axisLabel: AXIS_TEXT },
      yAxis: { type: "value", axisLabel: AXIS_TEXT },
      series: spec.series.map((s) => ({
        name: s.name,
        type: "line",
        data: s.values,
        label: { show: true, color: "#212529" },
      })),
    },
    spec.width ?? 640,
    spec.height ?? 280,
  );
}

/** The chart as an image with an accessible name, and the numbers beside it in a real table. */
export function ChartWithTable(props: {
  id: string;
  title: string;
  svg: string;
  headers: string[];
  rows: (string | number)[][];
  note?: Child;
}) {
  const svg = props.svg.replace(
    "<svg ",
    `<svg role="img" aria-labelledby="${props.id}-title" focusable="false" `,
  );
  return (
    <section class="mb-4" aria-labelledby={`${props.id}-title`}>
      <h2 class="h5" id={`${props.id}-title`}>
        {props.title}
      </h2>
      <div class="row g-3 align-items-start">
        <div class="col-lg-7 chart" dangerouslySetInnerHTML={{ __html: svg }} />
        <div class="col-lg-5">
          <ScrollTable label={props.title}>
            <thead>
              <tr>
                {props.headers.map((h, i) => (
                  <th scope="col" class={i > 0 ? "text-end" : undefined}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.rows.map((r) => (
                <tr>
                  {r.map((cell, i) =>
                    i === 0 ? <th scope="row">{cell}</th> : <td class="text-end">{cell}</td>,
                  )}
                </tr>
              ))}
            </tbody>
          </ScrollTable>
          {props.note}
        </div>
      </div>
    </section>
  );
}

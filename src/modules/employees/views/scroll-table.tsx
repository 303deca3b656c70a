import type { Child } from "hono/jsx";

/**
 * A wide table that scrolls sideways on a 360 px phone. The scrolling box is focusable and named, so a
 * keyboard user can scroll it too (WCAG 2.1.1; axe "scrollable-region-focusable").
 */
export function ScrollTable({ label, children }: { label: string; children: Child }) {
  return (
    <section class="table-responsive" tabindex={0} aria-label={label}>
      {children}
    </section>
  );
}

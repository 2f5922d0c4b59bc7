/**
 * The site's theme: VitePress's default theme, plus the components the pages use (the
 * Mermaid diagram with its full-screen view, the try-it calculators) and the site's styles.
 * The calculators load the package, and the diagram loads mermaid, only on the pages that
 * show them.
 */
import type { Theme } from 'vitepress';
import DefaultTheme from 'vitepress/theme';
import { defineAsyncComponent } from 'vue';
import './style.css';

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component(
      'MermaidDiagram',
      defineAsyncComponent(() => import('./components/MermaidDiagram.vue')),
    );
    app.component(
      'TryDeadline',
      defineAsyncComponent(() => import('./components/TryDeadline.vue')),
    );
    app.component(
      'TrySeverity',
      defineAsyncComponent(() => import('./components/TrySeverity.vue')),
    );
  },
} satisfies Theme;

/**
 * The site's theme: VitePress's default theme, plus the components the pages use (the
 * Mermaid diagram with its full-screen view, the try-it calculators) and the site's styles.
 */
import type { Theme } from 'vitepress';
import DefaultTheme from 'vitepress/theme';
import MermaidDiagram from './components/MermaidDiagram.vue';
import TryDeadline from './components/TryDeadline.vue';
import TrySeverity from './components/TrySeverity.vue';
import './style.css';

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component('MermaidDiagram', MermaidDiagram);
    app.component('TryDeadline', TryDeadline);
    app.component('TrySeverity', TrySeverity);
  },
} satisfies Theme;

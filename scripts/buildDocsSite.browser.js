// Runs in every page of the documentation site (typedoc's `customJs`, copied to
// docs/api/assets/custom.js). Where a page has ```mermaid blocks (typedoc renders them as
// <pre><code class="mermaid">), it loads mermaid's browser bundle from the site's own
// assets (scripts/buildDocsSite.mjs copies it there: no CDN, the site works offline) and
// replaces each block with the rendered SVG, keeping the source in a <details> below.
// When done it sets <html data-mermaid="rendered">, or "error" when a diagram failed.
(() => {
  const script = document.currentScript;
  const assets =
    script instanceof HTMLScriptElement ? new URL('.', script.src) : new URL('assets/', location.href);

  function mermaidBlocks() {
    return [...document.querySelectorAll('pre > code.mermaid, pre > code.language-mermaid')];
  }

  function loadMermaid() {
    if (window.mermaid) return Promise.resolve(window.mermaid);
    return new Promise((resolve, reject) => {
      const tag = document.createElement('script');
      tag.src = new URL('mermaid.min.js', assets).href;
      tag.onload = () =>
        window.mermaid ? resolve(window.mermaid) : reject(new Error('mermaid did not load'));
      tag.onerror = () => reject(new Error(`could not load ${tag.src}`));
      document.head.append(tag);
    });
  }

  // typedoc hides the body until its own script has set the page up; mermaid measures
  // text while it lays a diagram out, which needs a visible page.
  async function pageVisible() {
    for (let i = 0; i < 100 && getComputedStyle(document.body).display === 'none'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
  }

  function isDark() {
    const theme = document.documentElement.dataset.theme;
    return theme === 'dark' || (theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
  }

  // A machine's diagram fitted to the column is too small to read: a click shows it at its
  // own size (scrolling sideways), another click fits it again.
  function zoomable(figure) {
    const svg = figure.querySelector('svg');
    if (!svg) return;
    const fitted = svg.style.maxWidth;
    figure.title = 'Click to zoom';
    figure.style.cursor = 'zoom-in';
    figure.addEventListener('click', () => {
      const zoomed = figure.dataset.zoomed !== 'true';
      figure.dataset.zoomed = String(zoomed);
      figure.style.cursor = zoomed ? 'zoom-out' : 'zoom-in';
      svg.style.maxWidth = zoomed ? 'none' : fitted;
      svg.style.width = zoomed ? fitted || 'auto' : '';
    });
  }

  async function renderAll() {
    const blocks = mermaidBlocks();
    if (blocks.length === 0) return;
    const root = document.documentElement;
    root.dataset.mermaid = 'loading';
    try {
      const mermaid = await loadMermaid();
      mermaid.initialize({
        startOnLoad: false,
        securityLevel: 'strict',
        theme: isDark() ? 'dark' : 'default',
      });
      await pageVisible();
      for (const [i, code] of blocks.entries()) {
        const pre = code.parentElement;
        const { svg } = await mermaid.render(`mermaid-diagram-${i}`, code.textContent ?? '');
        const figure = document.createElement('figure');
        figure.className = 'mermaid-diagram';
        figure.style.margin = '1em 0';
        figure.style.overflowX = 'auto';
        figure.innerHTML = svg;
        zoomable(figure);
        const source = document.createElement('details');
        const summary = document.createElement('summary');
        summary.textContent = 'Mermaid';
        pre.replaceWith(figure, source);
        source.append(summary, pre);
      }
      root.dataset.mermaid = 'rendered';
    } catch (error) {
      root.dataset.mermaid = 'error';
      console.error('mermaid diagram failed:', error);
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', renderAll);
  else renderAll();
})();

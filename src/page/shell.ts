import type { Campaign } from '../campaign/schema.js';
import type { Lang } from '../model/text.js';
import { escapeHtml } from '../report/html.js';
import { PAGE_CSS } from './styles.js';
import { deadlineLine, PAGE_WORDS, pageTitle } from './words.js';

/**
 * No request may leave the page, whatever its script did: everything it needs is inline, its
 * downloads are made in memory, and its report is drawn in a frame from text.
 */
const POLICY =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:";

/** Text inside `<script>` must not close it, nor open a comment the parser would honour. */
function scriptSafe(text: string): string {
  return text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/**
 * The self-check page for one campaign: the page's markup with its words in `lang`, the
 * campaign's data as JSON, and the bundled script (dist/page/page.js), in one file that opens
 * from disk.
 */
export function pageHtml(campaign: Campaign, script: string, lang: Lang = 'vi'): string {
  const w = PAGE_WORDS[lang];
  const e = escapeHtml;
  const units = campaign.units.map((u) => `<li>${e(u.name)}</li>`).join('');
  const data = scriptSafe(JSON.stringify(campaign));
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<title>${e(pageTitle(campaign, lang))}</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<header class="top"><div class="wrap">
<div>
<h1 data-w="heading">${e(w.heading)}</h1>
<p class="campaign" data-campaign="title">${e(campaign.title[lang])}</p>
<p data-campaign="deadline">${e(deadlineLine(campaign, lang))}</p>
</div>
<button type="button" class="lang" id="lang" lang="${lang === 'vi' ? 'en' : 'vi'}" aria-label="${e(w.switchLabel)}">${e(w.switchTo)}</button>
</div></header>
<main class="wrap">
<p data-w="intro">${e(w.intro)}</p>
<noscript><p class="refused">${e(w.noScript)}</p></noscript>
<div class="drop" id="drop">
<input type="file" id="files" class="visually-hidden" multiple accept=".xlsx,.xlsm,.csv,.txt,.xls,.ods">
<label for="files" class="button choose" data-w="choose">${e(w.choose)}</label>
<p data-w="drop">${e(w.drop)}</p>
<p class="hint" data-w="kinds">${e(w.kinds)}</p>
<p class="hint" data-w="privacy">${e(w.privacy)}</p>
</div>
<p id="progress" role="status" aria-live="polite"></p>
<div id="refusal" role="alert"></div>
<section id="result" hidden>
<div class="downloads"><h2 data-w="downloads">${e(w.downloads)}</h2><span id="links"></span></div>
<iframe class="report" id="report" title="${e(w.reportFrame)}" data-w-title="reportFrame"></iframe>
</section>
<p><button type="button" id="template" data-w="template">${e(w.template)}</button></p>
<details class="units"><summary data-campaign="units">${e(w.units(campaign.units.length))}</summary><ul>${units}</ul></details>
</main>
<script type="application/json" id="campaign">${data}</script>
<script type="module">${scriptSafe(script)}</script>
</body>
</html>
`;
}

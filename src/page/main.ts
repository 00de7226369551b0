/**
 * The self-check page's script: the campaign the page was written for, read from the page
 * itself; files the unit chooses or drops, read in memory and checked by `runCheck`, the very
 * function `eligibility check` runs; the report drawn by the html report's own renderer.
 * Nothing leaves the computer: the page has no address to send anything to.
 */
import type { Campaign } from '../campaign/schema.js';
import { type CheckResult, runCheck } from '../check.js';
import { renderFinding } from '../findings/catalogue.js';
import { type Finding, formatPosition, InputError } from '../findings/finding.js';
import type { Lang } from '../model/text.js';
import { reportDate } from '../report/date.js';
import { renderHtml } from '../report/html.js';
import { renderJson } from '../report/json.js';
import { plainText } from '../report/sanitize.js';
import { renderXlsx } from '../report/xlsx.js';
import { buildTemplate } from '../template.js';
import { deadlineLine, PAGE_WORDS, pageTitle } from './words.js';

/** What the page last did, for the person reading it and for a test driving it. */
interface PageState {
  state: 'idle' | 'busy' | 'done' | 'refused' | 'failed';
  /** Seconds from the files chosen to the report drawn. */
  seconds?: number;
  /** The JSON report of the last check, as `check --format json` writes it, in the page's language. */
  json?: string;
  /** The html report of the last check, as `check --format html` writes it. */
  html?: string;
  /** The finding that refused a file, and the line the command prints for it. */
  refusal?: { code: string; line: string };
  lang: Lang;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const campaign = JSON.parse($('campaign').textContent ?? '{}') as Campaign;

let lang: Lang = document.documentElement.lang === 'en' ? 'en' : 'vi';
let last: { result?: CheckResult; refusal?: Finding; error?: string; seconds?: number } = {};
const page: PageState = { state: 'idle', lang };
(window as unknown as { eligibilityPage: PageState }).eligibilityPage = page;

function setState(state: PageState['state']): void {
  page.state = state;
  document.body.dataset.state = state;
}

/** A size as people read it: 840 KB, 2,3 MB. */
function size(bytes: number): string {
  const w = PAGE_WORDS[lang];
  const locale = lang === 'vi' ? 'vi-VN' : 'en-GB';
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return w.megabytes(mb.toLocaleString(locale, { maximumFractionDigits: 1 }));
  return w.kilobytes(Math.max(1, Math.round(bytes / 1024)).toLocaleString(locale));
}

function progress(text: string): void {
  $('progress').textContent = text;
}

/** Every text of the page in the current language: the static words, then the last result's. */
function applyLanguage(): void {
  const w = PAGE_WORDS[lang] as Record<string, unknown>;
  document.documentElement.lang = lang;
  document.title = pageTitle(campaign, lang);
  for (const el of document.querySelectorAll<HTMLElement>('[data-w]')) {
    const text = w[el.dataset.w as string];
    if (typeof text === 'string') el.textContent = text;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-w-title]')) {
    const text = w[el.dataset.wTitle as string];
    if (typeof text === 'string') el.title = text;
  }
  $('lang').textContent = PAGE_WORDS[lang].switchTo;
  $('lang').lang = lang === 'vi' ? 'en' : 'vi';
  $('lang').setAttribute('aria-label', PAGE_WORDS[lang].switchLabel);
  const title = document.querySelector<HTMLElement>('[data-campaign="title"]');
  if (title) title.textContent = campaign.title[lang];
  const deadline = document.querySelector<HTMLElement>('[data-campaign="deadline"]');
  if (deadline) deadline.textContent = deadlineLine(campaign, lang);
  const units = document.querySelector<HTMLElement>('[data-campaign="units"]');
  if (units) units.textContent = PAGE_WORDS[lang].units(campaign.units.length);
  page.lang = lang;
  show();
}

/** A download made in memory: nothing is fetched. */
function link(label: string, name: string, type: string, data: string | Uint8Array): HTMLAnchorElement {
  const a = document.createElement('a');
  a.className = 'button';
  a.textContent = label;
  a.download = name;
  a.href = URL.createObjectURL(new Blob([data as BlobPart], { type }));
  return a;
}

/** The file names downloads are given: the campaign's id, and the day the report was made. */
function reportName(extension: string): string {
  const d = reportDate(lang);
  const day = `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  return `${lang === 'vi' ? 'bao-cao-kiem-tra' : 'check-report'}-${campaign.id}-${day}.${extension}`;
}

/** Draws the last outcome: the report with its downloads, or the message that refused a file. */
function show(): void {
  const w = PAGE_WORDS[lang];
  const refusal = $('refusal');
  refusal.replaceChildren();
  const result = $('result');
  if (last.seconds !== undefined)
    progress(
      w.done(last.seconds.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 })),
    );
  if (last.refusal || last.error !== undefined) {
    result.hidden = true;
    page.json = undefined;
    page.html = undefined;
    const box = document.createElement('div');
    box.className = 'refused';
    const h = document.createElement('h2');
    h.textContent = last.refusal ? w.refused : w.unexpected;
    const p = document.createElement('p');
    p.textContent = last.refusal ? refusalLine(last.refusal) : (last.error as string);
    box.append(h, p);
    refusal.append(box);
    page.refusal = last.refusal ? { code: last.refusal.code, line: refusalLine(last.refusal) } : undefined;
    return;
  }
  page.refusal = undefined;
  if (!last.result) {
    result.hidden = true;
    return;
  }
  const html = renderHtml(last.result, lang, { date: reportDate(lang) });
  const json = renderJson(last.result, lang);
  page.json = json;
  page.html = html;
  const checked = last.result;
  const xlsx = document.createElement('button');
  xlsx.type = 'button';
  xlsx.id = 'report-xlsx';
  xlsx.textContent = w.reportXlsx;
  // made when asked for: a workbook costs more than the page's other downloads
  xlsx.addEventListener('click', () => {
    void renderXlsx(checked, lang, { date: reportDate(lang) }).then((bytes) =>
      save(reportName('xlsx'), XLSX_TYPE, bytes),
    );
  });
  $('links').replaceChildren(
    xlsx,
    link(w.reportHtml, reportName('html'), 'text/html;charset=utf-8', html),
    link(w.reportJson, reportName('json'), 'application/json', json),
  );
  const frame = $<HTMLIFrameElement>('report');
  frame.onload = () => fitFrame(frame);
  frame.srcdoc = html;
  result.hidden = false;
}

/** The report's frame as tall as the report, so the page scrolls once, not twice. */
function fitFrame(frame: HTMLIFrameElement): void {
  const doc = frame.contentDocument;
  if (!doc) return;
  const resize = () => {
    frame.style.height = `${doc.documentElement.scrollHeight + 2}px`;
  };
  resize();
  new ResizeObserver(resize).observe(doc.body);
}

/** The line the command prints for a refused file: where, then what is wrong and what to do. */
function refusalLine(f: Finding): string {
  const where = formatPosition(f);
  return plainText(`${where ? `${where}: ` : ''}${renderFinding(f, lang)}`);
}

async function check(files: readonly File[]): Promise<void> {
  if (files.length === 0) return;
  const w = PAGE_WORDS[lang];
  const started = performance.now();
  setState('busy');
  last = {};
  show();
  progress(w.reading(files.length, size(files.reduce((n, f) => n + f.size, 0))));
  try {
    const inputs = await Promise.all(
      files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
    );
    const result = await runCheck(inputs, {
      campaign,
      onProgress: (judged) => progress(PAGE_WORDS[lang].judged(judged)),
    });
    last = { result };
  } catch (error) {
    if (error instanceof InputError) last = { refusal: error.finding };
    else last = { error: error instanceof Error ? error.message : String(error) };
  }
  last.seconds = (performance.now() - started) / 1000;
  page.seconds = last.seconds;
  show();
  setState(last.result ? 'done' : last.refusal ? 'refused' : 'failed');
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Hands a file made in memory to the browser's downloads. */
function save(name: string, type: string, data: Uint8Array): void {
  const a = link('', name, type, data);
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
}

async function downloadTemplate(): Promise<void> {
  save(`mau-danh-sach-${campaign.id}.xlsx`, XLSX_TYPE, await buildTemplate(campaign));
}

const input = $<HTMLInputElement>('files');
input.addEventListener('change', () => {
  const files = [...(input.files ?? [])];
  // the same file chosen again, once corrected, is checked again
  input.value = '';
  void check(files);
});
const drop = $('drop');
drop.addEventListener('dragover', (event) => {
  event.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.classList.remove('over');
  void check([...(event.dataTransfer?.files ?? [])]);
});
$('lang').addEventListener('click', () => {
  lang = lang === 'vi' ? 'en' : 'vi';
  applyLanguage();
});
$('template').addEventListener('click', () => {
  void downloadTemplate();
});
setState('idle');

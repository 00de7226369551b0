/**
 * The page's styles: one column sized for a phone first, in rem so that a 200 % zoom reflows
 * instead of cutting off, controls at least 44 px high, and a focus ring on whatever the
 * keyboard has reached. The report below keeps its own styles in its frame.
 */
export const PAGE_CSS = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:1rem/1.5 "Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif;color:#1a1a1a;background:#f4f6f9}
.wrap{max-width:62rem;margin:0 auto;padding:1rem}
header.top{background:#16365c;color:#fff}
header.top .wrap{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-start;justify-content:space-between}
header.top h1{margin:0;font-size:1.5rem;line-height:1.25}
header.top p{margin:.25rem 0 0}
.campaign{font-weight:600}
.lang{flex:none}
button,.button{font:inherit;min-height:2.75rem;padding:.5rem 1rem;border-radius:.375rem;border:2px solid #16365c;background:#fff;color:#16365c;cursor:pointer;text-decoration:none;display:inline-flex;align-items:center;gap:.5rem}
header.top button{border-color:#fff}
button:hover,.button:hover{background:#e8eef7}
:focus-visible{outline:3px solid #f5a623;outline-offset:2px}
.drop{display:block;margin:1rem 0;padding:1.5rem 1rem;border:3px dashed #6b84a3;border-radius:.75rem;background:#fff;text-align:center}
.drop.over{border-color:#16365c;background:#e8eef7}
.drop .choose{font-size:1.125rem;font-weight:600;background:#16365c;color:#fff}
.drop .choose:hover{background:#244f82}
#files:focus-visible+.choose,#files:focus+.choose{outline:3px solid #f5a623;outline-offset:2px}
.drop p{margin:.5rem 0 0}
.hint{color:#4a4a4a;font-size:.9375rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
#progress{min-height:1.5em;font-weight:600;margin:.5rem 0}
.refused{border-left:6px solid #b00020;background:#fdecee;padding:1rem;border-radius:.375rem;margin:1rem 0}
.refused h2{margin:0 0 .25rem;font-size:1.125rem;color:#8a0019}
.refused p{margin:0;overflow-wrap:anywhere}
.downloads{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:1rem 0}
.downloads h2{font-size:1rem;margin:0 .5rem 0 0}
#links{display:flex;flex-wrap:wrap;gap:.5rem}
iframe.report{display:block;width:100%;min-height:24rem;border:1px solid #c8d1dc;border-radius:.5rem;background:#fff}
details.units{margin:1rem 0;background:#fff;border-radius:.5rem;padding:.5rem 1rem}
details.units summary{cursor:pointer;min-height:2.75rem;display:flex;align-items:center;font-weight:600}
details.units ul{margin:.25rem 0 .5rem;padding-left:1.25rem;columns:16rem}
@media (max-width:30rem){.wrap{padding:.75rem}header.top h1{font-size:1.25rem}.drop{padding:1rem .5rem}}
@media print{header.top,.drop,.downloads,details.units,#progress{display:none}}
`;

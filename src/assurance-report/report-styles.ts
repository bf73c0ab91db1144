// The report's stylesheet, inlined: the page must open offline, so there are no web fonts and no
// external resources; system fonts and the NHS colour palette keep it familiar to its readers.
export const REPORT_STYLES = `
:root{--blue:#005eb8;--dark:#003087;--text:#212b32;--grey:#4c6272;--pale:#f0f4f5;--line:#d8dde0;
--pass:#007f3b;--fail:#d5281b;--inc:#ed8b00;--skip:#768692;--untested:#aeb7bd;}
*{box-sizing:border-box}
html{scroll-padding-top:64px}
body{margin:0;font:14px/1.45 "Segoe UI",Arial,Helvetica,sans-serif;color:var(--text);background:#fff}
code,pre{font-family:Consolas,"Liberation Mono",Menlo,monospace;font-size:12.5px}
a{color:var(--blue)}a:hover{color:var(--dark)}
.masthead{background:var(--blue);color:#fff}
.masthead-inner,.run-facts,main,.toolbar-inner,footer{max-width:1320px;margin:0 auto;padding:0 24px}
.masthead-inner{padding-top:18px;padding-bottom:18px}
.kicker{margin:0;text-transform:uppercase;letter-spacing:.06em;font-size:12px;opacity:.85}
h1{margin:4px 0 6px;font-size:26px;font-weight:600}
.target-line{margin:0 0 12px;font-size:15px}.target-line code{background:rgba(255,255,255,.15);padding:1px 6px;border-radius:3px;color:#fff}
.outcome{display:inline-block;margin:0;padding:6px 12px;border-radius:4px;font-weight:600;background:#fff;border-left:6px solid}
.outcome.v-fail{color:var(--fail);border-color:var(--fail)}.outcome.v-pass{color:var(--pass);border-color:var(--pass)}
.outcome.v-inconclusive{color:#8a4d00;border-color:var(--inc)}.outcome.v-skipped{color:var(--grey);border-color:var(--skip)}
.run-facts{display:grid;grid-template-columns:2fr 1fr;gap:8px 32px;padding-top:16px;padding-bottom:8px;border-bottom:1px solid var(--line)}
.facts{display:grid;grid-template-columns:repeat(auto-fill,minmax(230px,1fr));gap:6px 24px;margin:0}
.fact dt{font-size:11.5px;text-transform:uppercase;letter-spacing:.04em;color:var(--grey)}.fact dd{margin:0;word-break:break-word}
.versions ul{list-style:none;margin:0;padding:0;columns:2;font-size:13px}.versions li span{color:var(--grey)}
h2.minor{font-size:11.5px;text-transform:uppercase;letter-spacing:.04em;color:var(--grey);margin:0 0 4px;font-weight:400}
.config{grid-column:1/-1}.config pre{max-height:320px;overflow:auto;background:var(--pale);padding:10px;border-radius:4px}
.toolbar{position:sticky;top:0;z-index:5;background:#fff;border-bottom:1px solid var(--line);box-shadow:0 2px 4px rgba(0,0,0,.04)}
.toolbar-inner{display:flex;flex-wrap:wrap;align-items:center;gap:8px 16px;padding-top:8px;padding-bottom:8px}
.toolbar nav a{margin-right:12px;font-weight:600;text-decoration:none}
.chips{display:flex;gap:4px;flex-wrap:wrap}
.chip{border:1px solid var(--line);background:#fff;border-radius:14px;padding:3px 11px;font:inherit;font-size:13px;cursor:pointer;color:var(--text)}
.chip[aria-pressed="true"]{background:var(--dark);border-color:var(--dark);color:#fff}
.chip .n{opacity:.7;margin-left:4px}
.toolbar select,.toolbar input[type=search]{font:inherit;font-size:13px;padding:3px 6px;border:1px solid var(--line);border-radius:4px}
.toolbar label{font-size:13px;color:var(--grey)}
.shown{font-size:12.5px;color:var(--grey);margin-left:auto}
main h2{font-size:20px;margin:28px 0 8px;color:var(--dark)}
h4{margin:14px 0 6px;font-size:13px;text-transform:uppercase;letter-spacing:.04em;color:var(--grey)}
h5{margin:0 0 6px;font-size:13px}
.note{color:var(--grey);margin:4px 0 8px;max-width:1000px}.note.warn{color:#8a4d00}
.muted{color:var(--grey)}
.badge{display:inline-block;min-width:86px;text-align:center;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;color:#fff}
.badge.v-pass{background:var(--pass)}.badge.v-fail{background:var(--fail)}.badge.v-inconclusive{background:var(--inc);color:#2a1a00}
.badge.v-skipped{background:var(--skip)}.badge.v-not-run{background:var(--pale);color:var(--grey);border:1px dashed var(--skip)}.badge.v-untested{background:var(--untested);color:var(--text)}
.dot{display:inline-block;width:9px;height:9px;border-radius:50%;margin-right:6px;vertical-align:middle}
.dot.v-pass{background:var(--pass)}.dot.v-fail{background:var(--fail)}.dot.v-inconclusive{background:var(--inc)}.dot.v-skipped{background:var(--skip)}.dot.v-not-run{background:var(--pale);border:1px dashed var(--skip)}
.count-tables{display:flex;flex-wrap:wrap;gap:24px}
table{border-collapse:collapse}
.counts caption{text-align:left;font-weight:600;padding-bottom:4px}
.counts th,.counts td{border:1px solid var(--line);padding:4px 10px}.counts thead th{background:var(--pale)}
.counts .badge{min-width:0}
.num{text-align:right;font-variant-numeric:tabular-nums}.total{font-weight:600}
td.has-fail{color:var(--fail);font-weight:700}td.has-inconclusive{color:#8a4d00;font-weight:700}
.charts{display:flex;flex-wrap:wrap;gap:24px;margin-top:12px}
.chart{margin:0}.chart figcaption{font-weight:600;margin-bottom:4px}
.chart-row{cursor:pointer}.chart-row:hover .chart-label{text-decoration:underline}
.chart-label,.chart-total{font-size:12px;fill:var(--text)}
.seg-pass{fill:var(--pass);background:var(--pass)}.seg-fail{fill:var(--fail);background:var(--fail)}.seg-inconclusive{fill:var(--inc);background:var(--inc)}
.seg-skipped{fill:var(--skip);background:var(--skip)}.seg-not-run{fill:var(--pale);background:var(--pale)}.seg-untested{fill:var(--untested);background:var(--untested)}
.legend{list-style:none;display:flex;gap:16px;padding:0;margin:4px 0;font-size:12.5px}.swatch{display:inline-block;width:12px;height:12px;margin-right:5px;vertical-align:-1px;border-radius:2px}
.table-wrap{overflow-x:auto}
.attention,.matrix{width:100%;font-size:13px}
.attention th,.attention td,.matrix th,.matrix td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
.attention thead th,.matrix thead th{background:var(--pale);position:sticky;top:0}
.matrix .ob-id a{font-weight:700;white-space:nowrap;font-family:Consolas,monospace}
.matrix .ob-title{max-width:440px}
.matrix tr:target,.scenario:target>summary{background:#fff9c4}
.matrix .scal-id{display:inline-block;background:var(--pale);border:1px solid var(--line);border-radius:3px;padding:0 4px;font-size:12px;margin:1px 0}
.level{white-space:nowrap;font-size:12px}.level-MUST{font-weight:700}
.sc-list{list-style:none;margin:0;padding:0}.sc-list li{margin:1px 0}
.no-scenario{color:var(--grey);font-style:italic}
.ob-row[data-scope="out"]{opacity:.6}
.reason-text{max-width:520px}
.all-clear{color:var(--pass);font-weight:600}
.scenario{border:1px solid var(--line);border-left:5px solid var(--skip);border-radius:4px;margin:6px 0;background:#fff}
.v-border-fail{border-left-color:var(--fail)}.v-border-pass{border-left-color:var(--pass)}.v-border-inconclusive{border-left-color:var(--inc)}
.scenario>summary{padding:7px 10px;cursor:pointer;list-style-position:inside}
.scenario[open]>summary{border-bottom:1px solid var(--line);background:var(--pale)}
.sc-name{font-weight:600}.sc-ids{font-family:Consolas,monospace;font-size:12px;color:var(--grey)}
.sc-code{font-size:11.5px;color:var(--grey)}
.level-tag{font-size:11px;border:1px solid var(--line);border-radius:3px;padding:0 4px;color:var(--grey)}
.sc-body{padding:6px 14px 12px}
.meta{margin:2px 0;color:var(--grey);font-size:12.5px}
.record{border-left:4px solid var(--skip);background:var(--pale);padding:8px 12px;margin:8px 0;border-radius:0 4px 4px 0}
.record.tone-fail{border-color:var(--fail);background:#fdf0ef}.record.tone-inconclusive{border-color:var(--inc);background:#fff6e8}
.record.tone-warning{border-color:#ffb81c;background:#fffbea}
.record-head{margin:0;font-weight:600}.record-head .code{background:#fff;border:1px solid var(--line);padding:0 4px;border-radius:3px}
.record-refs{margin:2px 0;font-size:12.5px}
.expected-actual{display:grid;grid-template-columns:max-content 1fr;gap:4px 12px;margin:6px 0 0}
.expected-actual dt{font-weight:600;color:var(--grey)}.expected-actual dd{margin:0}
.expected-actual pre,.validation-messages{margin:0;white-space:pre-wrap;word-break:break-word}
.validation-messages{padding-left:18px;font-family:Consolas,monospace;font-size:12.5px}
.steps{margin:0;padding-left:22px}.step{margin:2px 0}.kw{font-weight:700;color:var(--dark)}
.step-status{font-size:11px;text-transform:uppercase;border-radius:3px;padding:0 4px;background:var(--pale)}
.st-failed .step-status{background:var(--fail);color:#fff}.st-pending .step-status,.st-undefined .step-status,.st-ambiguous .step-status{background:var(--inc)}
.st-skipped{color:var(--grey)}
.step-message{background:#fdf0ef;padding:6px;white-space:pre-wrap;margin:4px 0}
.exchange{border:1px solid var(--line);border-radius:4px;margin:6px 0}
.exchange>summary{padding:6px 10px;cursor:pointer;word-break:break-all}
.exchange[open]>summary{background:var(--pale);border-bottom:1px solid var(--line)}
.method{font-weight:700;font-family:Consolas,monospace}.url{font-family:Consolas,monospace;font-size:12.5px}
.status{font-weight:700;padding:0 6px;border-radius:3px;color:#fff;background:var(--grey)}
.s-2xx{background:var(--pass)}.s-4xx{background:#b35c00}.s-5xx,.s-err{background:var(--fail)}
.ex-label{display:block;font-size:12px;color:var(--grey);word-break:normal}
.ex-grid{display:grid;grid-template-columns:1fr 1fr;gap:12px;padding:10px}
.ex-grid section{min-width:0}
.kv{width:100%;font-size:12.5px;margin-bottom:6px}.kv th{text-align:left;font-weight:600;white-space:nowrap;padding:2px 8px 2px 0;vertical-align:top;color:var(--grey)}
.kv td{word-break:break-all;padding:2px 0;font-family:Consolas,monospace}
.token{padding:0 10px 10px}
pre.body{background:#f7f9fa;border:1px solid var(--line);padding:8px;max-height:420px;overflow:auto;white-space:pre-wrap;word-break:break-word;margin:0}
.truncated{font-size:12px;color:#8a4d00;margin:4px 0}
.problem{color:var(--fail);font-weight:600}
.attachment pre{background:#f7f9fa;padding:8px;max-height:300px;overflow:auto;white-space:pre-wrap}
.empty-note{color:var(--grey);font-style:italic}
footer{color:var(--grey);font-size:12px;padding-top:24px;padding-bottom:32px;border-top:1px solid var(--line);margin-top:32px}
[hidden]{display:none!important}
@media (max-width:900px){.run-facts,.ex-grid{grid-template-columns:1fr}}
@media print{.toolbar{display:none}.scenario,.exchange{break-inside:avoid}}
`;

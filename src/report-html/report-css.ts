/** The page's only style sheet, inlined so the file stands alone. */
export const REPORT_CSS = `
:root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#111827;background:#f8fafc}
main{max-width:1200px;margin:0 auto;padding:24px}
header h1{margin:0 0 4px;font-size:26px}header p{margin:0;color:#4b5563}
h2{font-size:18px;margin:28px 0 10px}
.tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:12px;margin-top:20px}
.tile{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:12px 14px}
.tile .label{font-size:13px;color:#4b5563}.tile .value{font-size:26px;font-weight:600;margin:2px 0}.tile .hint{font-size:12px;color:#6b7280}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(520px,1fr));gap:14px}
.chart{margin:0;background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:10px 12px}
.chart figcaption{font-weight:600;font-size:14px}
.chart svg{width:100%;height:auto;font-size:11px;fill:#6b7280}
.legend{font-size:12px;color:#374151;margin:4px 0}.legend span{margin-right:12px;white-space:nowrap}
.legend i{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px;vertical-align:-1px}
table{border-collapse:collapse;background:#fff;font-size:13px}
th,td{border:1px solid #e5e7eb;padding:5px 9px;text-align:right}th{background:#f3f4f6}
tbody th{text-align:left;background:#fff;font-weight:normal}
caption{caption-side:top;text-align:left;color:#4b5563;font-size:13px;padding-bottom:6px}
.scroll{overflow-x:auto}.periods{font-size:12px;white-space:nowrap}
.notes{background:#fffbeb;border:1px solid #fde68a;border-radius:8px;padding:4px 14px;margin-top:16px}
.notes h2{margin:8px 0 0;font-size:15px}
.sev-failure{color:#b91c1c}.sev-warning{color:#b45309}.sev-off{color:#9ca3af}
code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:12px}
section>p{font-size:14px}.chart svg text.empty{font-size:14px;fill:#9ca3af}
thead th:first-child{text-align:left}
footer{margin:28px 0 8px;color:#6b7280;font-size:12px}
`;

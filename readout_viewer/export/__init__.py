"""The annotated PDF export: `pdf.export_pdf` (a function of the analysis) and `pdf.export_cli` (the CLI)."""

"""The annotated PDF export: `pdf.export_pdf` writes the PDF of an analysis (for the viewer and the CLI)."""

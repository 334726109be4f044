"""PDFs built with reportlab from domain values only, returned as bytes (never written to a temp file)."""

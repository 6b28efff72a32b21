"""Ingest: read articles and extract records (actors, events, time expressions)."""

"""Stage 5, events: PLOVER events with their roles, certainty, quotes and dates.

Triggers from the lexicon (:mod:`.lexicon`, :mod:`.triggers`), actors and recipients
(:mod:`.roles`), negation and modality (:mod:`.certainty`), attributed speech (:mod:`.quotes`),
then dates from the article's time expressions (:mod:`.dating`).
"""
from graphkit.ingest.events.dating import date_events
from graphkit.ingest.events.find import find_events

__all__ = ["find_events", "date_events"]

"""Moot's open data: OParl 1.1 with Moot's UK extension, calendars, feeds and
bulk downloads. Reads records and the tracker; nothing imports from here."""

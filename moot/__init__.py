"""Moot: an open-source local democracy system."""

"""Incidents as events: the reports of several articles merged into one incident."""

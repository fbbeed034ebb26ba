"""Calendar sources: the adapters that read calendars into ``agent.model.Event`` values.

``ics`` reads ``.ics`` files and URLs (parsing in ``ical``), ``memory`` holds events in memory
for tests and embedding; each implements ``agent.ports.CalendarSource``.
"""

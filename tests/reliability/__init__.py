"""Reliability harnesses: crash consistency of real ``followup`` processes (``crash``)."""

"""The volunteer list of the service dashboard."""

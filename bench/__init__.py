"""Kring's benchmarks: run with `make bench`; figures are printed, never asserted in tests."""

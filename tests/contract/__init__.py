"""Contract test suites shared by every implementation of a port."""

"""AppSync helpers: scalar type values for resolver responses."""

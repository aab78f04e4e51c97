"""Stage 1, ingest: find the raw release files, hash them, and read each into a `Release` or a
reason to reject it. Nothing here interprets the body beyond cleaning it."""

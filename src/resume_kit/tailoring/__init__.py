"""tailoring stage."""

"""mailmedic."""

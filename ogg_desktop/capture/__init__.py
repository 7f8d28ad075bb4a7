"""Screen grabs, image checks and hashing. No Qt."""

"""Use cases that join the domain and the vault. No Qt."""

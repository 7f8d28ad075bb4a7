"""Review mode ("Samen bekijken"): the employee goes through their own case beside the counsellor."""

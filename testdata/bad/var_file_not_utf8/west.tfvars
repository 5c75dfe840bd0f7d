location = "westeuropé"

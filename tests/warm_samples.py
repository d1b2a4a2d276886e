"""Small page dumps in three languages, for the warm-up tests."""

EN_DUMP = "\n".join(
    [
        "Storm closes schools across the region | Example News",
        "Home",
        "World",
        "Sport",
        "Storm closes schools across the region",
        "By Maria Jones",
        "Schools across the region stayed closed on Monday as a heavy storm brought snow "
        "and strong winds to the valley.",
        "The authorities asked drivers to stay at home until the roads had been cleared "
        "and the power lines repaired.",
        "Share this story",
        "© 2024 Example News",
    ]
)
DE_DUMP = "\n".join(
    [
        "Sturm schließt Schulen in der Region | Beispiel Zeitung",
        "Startseite",
        "Politik",
        "Sport",
        "Sturm schließt Schulen in der Region",
        "Von Anna Müller",
        "Die Schulen in der Region blieben am Montag geschlossen, weil ein schwerer Sturm "
        "Schnee und starken Wind in das Tal brachte.",
        "Die Behörden baten die Autofahrer, zu Hause zu bleiben, bis die Straßen geräumt "
        "und die Leitungen repariert waren.",
        "Artikel teilen",
        "© 2024 Beispiel Zeitung",
    ]
)
FR_DUMP = "\n".join(
    [
        "Une tempête ferme les écoles de la région | Exemple Info",
        "Accueil",
        "Monde",
        "Sport",
        "Une tempête ferme les écoles de la région",
        "Par Claire Martin",
        "Les écoles de la région sont restées fermées lundi, car une forte tempête a "
        "apporté de la neige et des vents violents dans la vallée.",
        "Les autorités ont demandé aux automobilistes de rester chez eux jusqu'à ce que "
        "les routes soient dégagées et les lignes réparées.",
        "Partager cet article",
        "© 2024 Exemple Info",
    ]
)

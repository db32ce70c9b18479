# Les lignes fixes des apps (boutons, titres et étiquettes d'accessibilité que les apps Android et
# iOS dessinent autour des écrans du cœur), données une fois sous forme de `ShellText`.
# Tutoiement, comme dans tout le paquet français.

# Le journal de la colère : ses mots autour de ceux du paquet, et la ligne après avoir noté un
# moment. Français (Canada) : tutoiement, comme dans tout le paquet français; « réparer »,
# « réparation » comme dans le lexique du paquet (content/packs/core-fr-CA/TRANSLATING.md).

## Les signaux du corps offerts en choix rapides dans le formulaire d'un moment de colère

# Chacun est enregistré comme les mots qu'il a choisis, en minuscules, et revient sur le moment.
# Les mêmes mots que les modules du paquet (« mâchoire serrée », « visage chaud »...).
anger-cue-jaw-tight = mâchoire serrée
anger-cue-fists-clenched = poings serrés
anger-cue-face-hot = visage chaud
anger-cue-heart-racing = cœur qui bat vite
anger-cue-shoulders-up = épaules remontées
anger-cue-stomach-churning = nœud dans l'estomac
anger-cue-voice-getting-loud = voix qui monte
anger-cue-shaking = tremblements

## Après coup

# Ce qu'il lit quand il marque comme faite la réparation après un moment.
anger-repair-done = Réparation faite, c'est noté. Réparer, ça demande de la force.

## Un moment refusé (dit après le nom du champ; rien n'a été enregistré)

# $limit : le plus de signaux du corps sur un moment (8).
anger-body-cues-up-to = { $limit ->
        [one] choisis-en 1
       *[other] choisis-en jusqu'à { $limit }
    }
# Une réparation marquée comme faite sur un moment où il a dit qu'il n'en fallait pas.
anger-repair-not-needed = une réparation peut être marquée comme faite seulement s'il en fallait une

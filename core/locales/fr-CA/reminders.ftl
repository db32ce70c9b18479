# Les rappels : leurs réglages, et ce que disent les notifications (en mode discret ou non).
# Français (Canada) : tutoiement, comme dans tout le paquet français
# (content/packs/core-fr-CA/TRANSLATING.md). En mode discret, rien ne parle d'émotions, de colère,
# d'un journal, d'être papa, ni de l'app elle-même.

## Les réglages des rappels : la règle qu'un réglage n'a pas suivie

reminders-hour-range = choisis une heure de 0 à 23
reminders-minute-range = choisis une minute de 0 à 59
reminders-quiet-hours-same = le début et la fin doivent être à des heures différentes
reminders-settings-unreadable = les réglages enregistrés ne se lisent pas
reminders-days-range = demande de 1 à { $max } jours
reminders-link-not-ours = Groundwork ne peut pas ouvrir ce lien

## Les notifications, mode discret désactivé

reminders-check-in-title = C'est le temps de faire ton bilan
reminders-check-in-body = Une minute pour remarquer comment tu vas.
reminders-practice-title = Ton exercice de la semaine
reminders-practice-body = Quelques minutes pour ton exercice de la semaine.
reminders-practice-commitment = Ton plan cette semaine : { $commitment }
reminders-new-dad-title = Une nouvelle semaine comme papa
reminders-new-dad-weeks-to-go = { $weeks ->
        [one] Plus qu'une semaine
       *[other] Plus que { $weeks } semaines
    } : le module de la semaine t'attend quand tu es prêt.
reminders-new-dad-birth-week = La semaine de ton bébé : le module de la semaine t'attend quand tu es prêt.
reminders-new-dad-week = Semaine { $week } avec ton bébé : le module de la semaine t'attend quand tu es prêt.
reminders-notification-body = Un moment pour toi.

## Ce qui paraît là où d'autres peuvent regarder, mode discret désactivé

reminders-export-title = Exporter de Groundwork
reminders-report-title = Partager avec ton intervenant ou ton intervenante
reminders-quick-hide = Cacher vite
reminders-quick-hide-description = Verrouille Groundwork tout de suite et couvre l'écran, pour que rien de ce que tu as écrit ne paraisse.
reminders-unlock-title = Déverrouiller Groundwork
reminders-unlock-reason = Utilise ton empreinte ou ton visage pour ouvrir Groundwork
reminders-unlock-cancel = Annuler

## Mode discret activé

reminders-discreet-app-name = Bloc-notes
reminders-discreet-notification-title = Rappel
reminders-discreet-notification-body = Tu as un rappel.
reminders-discreet-export-title = Exporter
reminders-discreet-hide = Cacher
reminders-discreet-hide-description = Ferme cet écran tout de suite et en montre un vide.
reminders-discreet-unlock-title = Déverrouiller
reminders-discreet-unlock-reason = Confirme que c'est toi

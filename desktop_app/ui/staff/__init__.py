"""Staff registry screens: staff list, employee dialogs and history, units and positions, organisation."""

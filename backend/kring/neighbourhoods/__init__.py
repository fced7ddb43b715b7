"""Neighbourhoods: areas kept by staff, residents who join by their address or an invite, the
skills they offer, the neighbours who can help, workers and local organisations."""

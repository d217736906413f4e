package engine

// The profile lists an item's List names (the keys of the profile JSON).
const (
	listDegrees      = "degrees"
	listLicenses     = "licenses"
	listCredentials  = "credentials"
	listTraining     = "training"
	listWork         = "work"
	listRSCReceived  = "rsc_received"
	listRSCProvided  = "rsc_provided"
	listLeadership   = "leadership"
	listReferences   = "references"
	listMemberships  = "memberships"
	listEndorsements = "endorsements"
)

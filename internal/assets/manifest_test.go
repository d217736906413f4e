package assets

import "testing"

func TestHashing(t *testing.T) {
	tests := []struct {
		name, data, hashed, sri string
	}{
		{"css/site.css", "", "css/site.e3b0c442.css", "sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb"},
		{"endorse.wasm", "abc", "endorse.ba7816bf.wasm", "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"},
		{"LICENSE", "abc", "LICENSE.ba7816bf", "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"},
	}
	for _, tt := range tests {
		a := NewAsset(tt.name, []byte(tt.data))
		if a.Path != "assets/"+tt.hashed || a.URL != "/assets/"+tt.hashed || a.Integrity != tt.sri || a.Size != len(tt.data) {
			t.Errorf("NewAsset(%q, %q) = %+v; want path assets/%s, %s", tt.name, tt.data, a, tt.hashed, tt.sri)
		}
	}
}

func TestMediaType(t *testing.T) {
	tests := map[string]string{
		"endorse.wasm": "application/wasm",
		"css/site.css": "text/css; charset=utf-8",
		"js/app.js":    "text/javascript; charset=utf-8",
		"rules.json":   "application/json",
		"img/logo.svg": "image/svg+xml",
		"x.unknownext": "application/octet-stream",
	}
	for name, want := range tests {
		if got := MediaType(name); got != want {
			t.Errorf("MediaType(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestManifestAddGet(t *testing.T) {
	m := NewManifest()
	m.Add("rules.json", []byte(`{}`))
	m.Add("/css/a.css", []byte(`a{}`))
	if got := m.Names(); len(got) != 2 || got[0] != "css/a.css" || got[1] != "rules.json" {
		t.Fatalf("Names() = %v", got)
	}
	if a, ok := m.Get("rules.json"); !ok || a.URL != "/assets/rules.44136fa3.json" {
		t.Errorf("Get(rules.json) = %+v, %v", a, ok)
	}
	c := m.Clone()
	c.Add("x.txt", nil)
	if len(m.Names()) != 2 || len(c.Names()) != 3 {
		t.Errorf("Clone shares state: %v %v", m.Names(), c.Names())
	}
}

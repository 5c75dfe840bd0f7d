AMPLS %{ if length(workspaces) > 0 }${name}: ${length(workspaces)} workspace(s) [${join(", ", workspaces)}]%{ else }${name}: no workspaces%{ endif }, queries ${mode}

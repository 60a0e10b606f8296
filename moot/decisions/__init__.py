"""The council's registers: decisions, the forward plan, registered interests."""

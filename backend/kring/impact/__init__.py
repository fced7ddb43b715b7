"""Impact figures of the neighbourhoods a municipality or social service serves: help requests,
the share solved by a neighbour, response times, unanswered requests, volunteers."""

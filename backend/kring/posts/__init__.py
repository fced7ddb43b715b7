"""A neighbourhood's feed: help requests and other posts, replies, solved or withdrawn, the
solved share, and the neighbourhood worker's unanswered list, posts on behalf and referrals."""

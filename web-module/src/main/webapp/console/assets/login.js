// Shows the login error when the server sent us back with ?error, and a note after signing out.
const params = new URLSearchParams(location.search);
if (params.has('error')) {
    document.getElementById('login-error').hidden = false;
}
if (params.has('loggedOut')) {
    document.getElementById('logged-out').hidden = false;
}
